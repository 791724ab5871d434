/**
 * Child process of `bench/run.js`: parse one file once with one pipeline, print max RSS (KB) and
 * the time the parse took (ms).
 */
import {readFileSync} from 'node:fs'
import {parseEssay, toHtml} from '@tsuzuri/essay'
import remarkHtml from 'remark-html'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

const input = readFileSync(process.argv[3] ?? '', 'utf8')
const idle = process.resourceUsage().maxRSS
const name = process.argv[2]
let output
const start = performance.now()
if (name === 'remark (baseline)')
  output = String(unified().use(remarkParse).use(remarkHtml).processSync(input))
else if (name === 'parseEssay → JSON') output = JSON.stringify(parseEssay(input))
else output = toHtml(parseEssay(input))
if (output.length === 0) process.exit(1)
const ms = performance.now() - start
console.log(JSON.stringify({idle, peak: process.resourceUsage().maxRSS, ms}))
