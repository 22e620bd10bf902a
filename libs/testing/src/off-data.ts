import { resolve } from 'node:path';

/** Real Open Food Facts records beside the repository (see its README); read from the TypeScript sources. */
export const OFF_DATA_DIR = resolve(__dirname, '../../../../shared/data/off');
