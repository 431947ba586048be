import { NumberInput, type NumberInputProps } from '@mantine/core'
import { minorPerMajor } from '../../lib/money.ts'

/**
 * An amount typed in major units (4,000.50) and handed on as minor units (400050), the
 * only form money takes outside this input; the currency says how many minor units make one
 * (100 for USD, 1 for JPY). Empty is null.
 */
export function MoneyInput({
  value,
  onChange,
  currency,
  ...props
}: {
  value: number | null
  onChange: (minor: number | null) => void
  currency: string
} & Omit<NumberInputProps, 'value' | 'onChange'>) {
  const per = minorPerMajor(currency)
  return (
    <NumberInput
      min={0}
      decimalScale={Math.round(Math.log10(per))}
      thousandSeparator=","
      rightSection={currency}
      rightSectionWidth={48}
      value={value === null ? '' : value / per}
      onChange={(next) =>
        onChange(next === '' || Number.isNaN(Number(next)) ? null : Math.round(Number(next) * per))
      }
      {...props}
    />
  )
}
