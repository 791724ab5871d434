import type {EssayWarning} from '../types.js'

/**
 * An absolute `http:` or `https:` URL with a host, written without spaces or control
 * characters. Scheme-relative (`//evil.example/x`), relative (`/about`), slash-less
 * (`https:evil.example`, which a browser reads relative to the page) and backslashed
 * (`https:\\evil.example`) forms are not.
 */
const absoluteHttp = /^https?:\/\/[^\s/\\?#@]+(?:[/?#][^\s\\]*)?$/i

/** Whether `value` is an absolute `http:` or `https:` URL, the only kind an attribution links to. */
export function isAttributionUrl(value: unknown): value is string {
  if (typeof value !== 'string' || !absoluteHttp.test(value)) return false
  try {
    return new URL(value).host !== ''
  } catch {
    return false
  }
}

/**
 * Frontmatter `url` is the link to the original post that attributions show. Keep it only when
 * it is an absolute `http:` or `https:` URL; drop anything else with a warning, so that no
 * consumer links readers to a scheme-relative or script URL.
 */
export function checkAttributionUrl(
  frontmatter: Record<string, unknown>,
  line: number | null,
): EssayWarning[] {
  if (!Object.hasOwn(frontmatter, 'url') || frontmatter.url === null) return []
  const value = frontmatter.url
  if (isAttributionUrl(value)) return []
  delete frontmatter.url
  const shown = typeof value === 'string' ? `\`${value.slice(0, 60)}\`` : 'a value that is not text'
  return [
    {
      message: `Frontmatter \`url\` ${shown} was dropped: the link to the original post must be an absolute \`https://\` or \`http://\` URL`,
      line,
      ruleId: 'frontmatter-url',
    },
  ]
}
