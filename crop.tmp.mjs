import sharp from 'sharp';
const [src, dst, top, height] = process.argv.slice(2);
const m = await sharp(src).metadata(); console.log(m.width, m.height);
await sharp(src).extract({ left: 0, top: +top, width: m.width, height: Math.min(+height, m.height - +top) }).toFile(dst);
