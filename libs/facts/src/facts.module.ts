import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DatabaseRegistration } from '@welness/platform';
import { ProductsRepository } from './catalogue/products.repository';
import { AdminImportsController } from './http/admin-imports.controller';
import { ProductsController } from './http/products.controller';
import { UserProductsController } from './http/user-products.controller';
import { CatalogueSeedService } from './imports/catalogue-seed.service';
import { ImportJobs } from './imports/import.jobs';
import { ImportMetrics } from './imports/import.metrics';
import { ImportRunner } from './imports/import.runner';
import { ImportsRepository } from './imports/imports.repository';
import { ImportsService } from './imports/imports.service';
import { ProductImport } from './imports/product-import.entity';
import { OffApiClient } from './lookup/off-api.client';
import { ProductCache } from './lookup/product.cache';
import { ProductLookupService } from './lookup/product-lookup.service';
import { FactsImports1763790000000 } from './migrations/1763790000000-facts-imports';
import { BarcodeDecoder } from './scan/barcode.decoder';
import { ProductScanService } from './scan/product-scan.service';
import { ProductSearchService } from './search/product-search.service';
import { SearchPageCache } from './search/search-page.cache';
import { UserProductsRepository } from './user-products/user-products.repository';
import { UserProductsService } from './user-products/user-products.service';

const entities = [ProductImport];

/** Tables this module owns; the composition root hands them to the DataSource. */
export const factsDatabase: DatabaseRegistration = { entities, migrations: [FactsImports1763790000000] };

@Module({
  imports: [TypeOrmModule.forFeature(entities)],
  controllers: [UserProductsController, ProductsController, AdminImportsController],
  providers: [
    ProductsRepository,
    UserProductsRepository,
    ProductCache,
    OffApiClient,
    ProductLookupService,
    ProductSearchService,
    SearchPageCache,
    BarcodeDecoder,
    ProductScanService,
    ImportsRepository,
    ImportMetrics,
    ImportRunner,
    ImportsService,
    ImportJobs,
    CatalogueSeedService,
    UserProductsService,
  ],
  exports: [ProductLookupService, ProductSearchService, ProductScanService, UserProductsService, ImportsService, ImportRunner],
})
export class FactsModule {}
