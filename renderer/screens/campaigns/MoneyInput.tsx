import { NumberInput, type NumberInputProps } from '@mantine/core'

/**
 * An amount typed in major units (4,000.50) and handed on as minor units (400050), the
 * only form money takes outside this input. Empty is null.
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
  return (
    <NumberInput
      min={0}
      decimalScale={2}
      thousandSeparator=","
      rightSection={currency}
      rightSectionWidth={48}
      value={value === null ? '' : value / 100}
      onChange={(next) =>
        onChange(next === '' || Number.isNaN(Number(next)) ? null : Math.round(Number(next) * 100))
      }
      {...props}
    />
  )
}
