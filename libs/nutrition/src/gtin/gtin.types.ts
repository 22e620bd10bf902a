export type GtinFormat = 'EAN-13' | 'EAN-8' | 'UPC-A' | 'UPC-E' | 'GTIN-14' | 'other';

export type GtinRejectReason = 'empty' | 'non-digit' | 'too-short' | 'too-long';

export interface NormalizedGtin {
  /** Input with surrounding/embedded spaces and hyphens removed. */
  digits: string;
  format: GtinFormat;
  /** GS1 mod-10 check; for UPC-E it is checked on the UPC-A expansion. */
  checkDigitValid: boolean;
  /** 14-digit GS1 form (leading zeros) when the code is a GTIN with a valid check digit. */
  gtin14: string | null;
  /** UPC-A form for UPC-A, UPC-E and EAN-13 codes that start with 0. */
  upcA: string | null;
  /** GS1 prefixes reserved for in-store / variable-measure use (02, 04, 20–29, EAN-8 0/2). */
  restrictedCirculation: boolean;
  /** Keys to try against the catalogue, best first, without duplicates. */
  lookupKeys: string[];
}

export type GtinParseResult =
  { ok: true; value: NormalizedGtin } | { ok: false; reason: GtinRejectReason; message: string };
