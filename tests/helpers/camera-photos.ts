// Camera-like JPEGs made at test time, so nothing large is committed, carrying the metadata a newsroom
// must never publish: GPS position, camera serial number, XMP and IPTC.
import sharp from 'sharp';

/** Where a source stood: what the GPS tags in the fixtures say, and what tests look for in published files. */
export const SECRET_GPS = { latitude: '53/1 54/1 2712/100', longitude: '27/1 33/1 4415/100' };
export const SECRET_SERIAL = 'SN-4711-SOURCE-CAMERA';
export const SECRET_XMP_TEXT = 'source-location-Minsk-Kastrycnickaja';
export const SECRET_IPTC_TEXT = 'IPTC-byline-confidential-source';

/** A scene with detail at every scale (sky, sun, buildings, texture), so encoders work as on a photo. */
function scene(width: number, height: number, seed: number): Buffer {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const shapes: string[] = [];
  for (let i = 0; i < 160; i += 1) {
    const w = (0.02 + random() * 0.08) * width;
    const h = (0.1 + random() * 0.4) * height;
    const x = random() * width;
    const shade = Math.floor(40 + random() * 120);
    shapes.push(
      `<rect x="${x.toFixed(0)}" y="${(height - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="rgb(${shade},${shade - 10},${shade + 20})"/>`,
    );
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2d5d9f"/><stop offset="1" stop-color="#f3b27a"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${width * 0.75}" cy="${height * 0.3}" r="${Math.min(width, height) * 0.08}" fill="#ffe9a8"/>
    ${shapes.join('')}
  </svg>`;
  return Buffer.from(svg);
}

/** An IPTC block (Photoshop APP13) with a by-line, inserted after the JPEG's start marker. */
function withIptc(jpeg: Buffer): Buffer {
  const text = Buffer.from(SECRET_IPTC_TEXT);
  const record = Buffer.concat([Buffer.from([0x1c, 0x02, 0x50, 0x00, text.length]), text]);
  const resource = Buffer.concat([
    Buffer.from('8BIM'),
    Buffer.from([0x04, 0x04, 0x00, 0x00]),
    Buffer.from([0, 0, (record.length >> 8) & 0xff, record.length & 0xff]),
    record,
    record.length % 2 ? Buffer.from([0]) : Buffer.alloc(0),
  ]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
  const length = payload.length + 2;
  const segment = Buffer.concat([Buffer.from([0xff, 0xed, (length >> 8) & 0xff, length & 0xff]), payload]);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

/** A camera JPEG of `width`×`height` as stored (before orientation), with GPS, serial, XMP and IPTC. */
export async function cameraJpeg(width: number, height: number, seed: number, orientation = 1): Promise<Buffer> {
  const xmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${SECRET_XMP_TEXT}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;
  const jpeg = await sharp(scene(width, height, seed))
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: 'Canon', Model: 'EOS 5D Mark IV', Software: 'fixture', Orientation: String(orientation) },
      IFD2: { BodySerialNumber: SECRET_SERIAL, DateTimeOriginal: '2018:10:24 09:15:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: SECRET_GPS.latitude,
        GPSLongitudeRef: 'E',
        GPSLongitude: SECRET_GPS.longitude,
      },
    })
    .withMetadata({ orientation })
    .withXmp(xmp)
    .toBuffer();
  return withIptc(jpeg);
}

/** The fixture photos: name, stored size, orientation. */
export const FIXTURE_PHOTOS = [
  { name: 'minsk-square.jpg', width: 2400, height: 1600, orientation: 1 },
  // Stored sideways as phones do, 1600×2400 upright once EXIF orientation 6 is applied.
  { name: 'portrait-rotated.jpg', width: 2400, height: 1600, orientation: 6 },
  { name: 'river-panorama.jpg', width: 8000, height: 1000, orientation: 1 },
  { name: 'tv-tower-tall.jpg', width: 1200, height: 6000, orientation: 1 },
  { name: 'small-archive-photo.jpg', width: 640, height: 427, orientation: 1 },
  // An author's photo (authors.yml), taken upright, with the camera's GPS and serial number like the others.
  { name: 'author-portrait.jpg', width: 900, height: 1200, orientation: 1 },
] as const;
