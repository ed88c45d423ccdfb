const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads a PNG's pixel size from its IHDR chunk (the first chunk, right after the signature).
 *
 * @param bytes - the file's contents
 * @returns width and height, or null when the bytes are not a PNG
 * @example
 * readPngSize(fs.readFileSync("assets/icon-16.png")) //=> { width: 16, height: 16 }
 */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunkType = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunkType !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
