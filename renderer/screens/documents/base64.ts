/*
 * Yjs updates cross `window.crm` as base64. The renderer has no Node Buffer, so this is
 * btoa/atob over bytes.
 */

/** Bytes as base64; chunks keep String.fromCharCode under the engine's argument limit. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/** Base64 back to bytes; '' (main's "nothing yet") is no bytes. */
export function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
