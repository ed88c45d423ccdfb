/**
 * The rate the release uses for its convenience translation into US dollars (yen per dollar).
 * @customfunction FXRATE
 * @returns Yen per US dollar used for the convenience translation.
 */
export function fxRate(): number {
  return 118.07;
}

if (typeof CustomFunctions !== "undefined") {
  CustomFunctions.associate("FXRATE", fxRate);
}
