export { FactsModule, factsDatabase } from './facts.module';
export { ProductLookupService, parseBarcode, type ResolvedProduct } from './lookup/product-lookup.service';
export { ProductSearchService, type ProductSearch, type ProductSearchPage } from './search/product-search.service';
export { ImportsService, inferFormat } from './imports/imports.service';
export { ImportRunner } from './imports/import.runner';
export type { CatalogueProduct } from './catalogue/product.document';
export type { ProductImport, ImportFormat, ImportStatus } from './imports/product-import.entity';
export { toProductDto } from './http/product.mapper';
export type { ProductDto } from './http/product-response.dto';
