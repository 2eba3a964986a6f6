import sharp from 'sharp'

import type { SeedImage } from './data/types'

const W = 1600
const H = 1000

function motifShapes(motif: SeedImage['motif'], [, b, c]: SeedImage['palette']): string {
  switch (motif) {
    case 'mountains':
      return `<polygon points="0,760 320,360 620,700 900,300 1260,720 1600,420 1600,1000 0,1000" fill="${b}"/>
        <polygon points="0,860 400,560 760,860 1100,600 1600,880 1600,1000 0,1000" fill="${c}"/>`
    case 'sea':
      return `<rect y="560" width="${W}" height="440" fill="${b}"/>
        <path d="M0 640 Q 200 600 400 640 T 800 640 T 1200 640 T 1600 640 V1000 H0Z" fill="${c}" opacity="0.7"/>
        <circle cx="1250" cy="260" r="110" fill="#fff6d5"/>`
    case 'city':
      return [0, 1, 2, 3, 4, 5, 6, 7]
        .map((i) => `<rect x="${60 + i * 190}" y="${420 + ((i * 137) % 260)}" width="150" height="${580 - ((i * 137) % 260)}" fill="${i % 2 ? b : c}"/>`)
        .join('')
    case 'bridge':
      return `<rect y="700" width="${W}" height="300" fill="${b}"/>
        <rect x="120" y="600" width="1360" height="34" fill="${c}"/>
        ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${180 + i * 250}" y="630" width="26" height="170" fill="${c}"/>`).join('')}`
    case 'fields':
      return [0, 1, 2, 3, 4]
        .map((i) => `<rect y="${520 + i * 96}" width="${W}" height="96" fill="${i % 2 ? b : c}"/>`)
        .join('')
    case 'festival':
      return [0, 1, 2, 3, 4, 5, 6, 7, 8]
        .map((i) => `<circle cx="${120 + i * 170}" cy="${300 + ((i * 97) % 300)}" r="${40 + ((i * 53) % 60)}" fill="${i % 2 ? b : c}" opacity="0.85"/>`)
        .join('')
    default:
      return ''
  }
}

/** A simple generated picture (gradient sky and a motif) as a JPEG; real photos replace these. */
export async function renderSeedImage(image: SeedImage): Promise<Buffer> {
  const [a, b] = image.palette
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="${b}"/></linearGradient></defs>
    <rect width="${W}" height="${H}" fill="url(#sky)"/>
    ${motifShapes(image.motif, image.palette)}
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer()
}
