import { Injectable, OnModuleInit } from '@nestjs/common';
import { PrivacyRegistry, ProblemException, notFound } from '@welness/platform';
import { KJ_PER_KCAL, type OffRecord } from '@welness/nutrition';
import { normalizeProduct } from '../domain';
import { toCatalogueEntry } from '../catalogue/product.document';
import { ProductsRepository } from '../catalogue/products.repository';
import { ProductCache } from '../lookup/product.cache';
import { parseBarcode, type ResolvedProduct } from '../lookup/product-lookup.service';
import type { CreateUserProductDto } from '../http/user-product.dto';
import { UserProductsRepository, userProductId, type UserProductDocument } from './user-products.repository';

// Label rounding and polyols: OFF tolerates this much between declared energy and macros.
const ENERGY_TOLERANCE = 0.25;

/** Label values that cannot all be true, with the field to blame. */
export function labelInconsistencies(dto: CreateUserProductDto): { path: string; message: string }[] {
  const n = dto.nutrientsPer100g;
  const errors: { path: string; message: string }[] = [];
  if (n.energyKcal === undefined && n.energyKj === undefined) {
    errors.push({ path: 'nutrientsPer100g.energyKcal', message: 'energy is required (kcal or kJ)' });
  }
  if (n.saturatedFat !== undefined && n.saturatedFat > n.fat) {
    errors.push({ path: 'nutrientsPer100g.saturatedFat', message: 'saturated fat cannot exceed fat' });
  }
  if (n.sugars !== undefined && n.sugars > n.carbohydrates) {
    errors.push({ path: 'nutrientsPer100g.sugars', message: 'sugars cannot exceed carbohydrates' });
  }
  const mass = n.fat + n.carbohydrates + n.proteins + (n.fiber ?? 0) + (n.salt ?? 0);
  if (mass > 100.5) errors.push({ path: 'nutrientsPer100g', message: `macronutrients add up to ${mass.toFixed(1)} g, more than 100 g` });
  const kcal = n.energyKcal ?? (n.energyKj !== undefined ? n.energyKj / KJ_PER_KCAL : undefined);
  if (kcal !== undefined) {
    const fromMacros = 9 * n.fat + 4 * n.carbohydrates + 4 * n.proteins + 2 * (n.fiber ?? 0);
    if (Math.abs(kcal - fromMacros) > Math.max(20, ENERGY_TOLERANCE * Math.max(kcal, fromMacros))) {
      errors.push({ path: 'nutrientsPer100g.energyKcal', message: `energy ${Math.round(kcal)} kcal does not match the macronutrients (${Math.round(fromMacros)} kcal)` });
    }
  }
  if (n.energyKcal !== undefined && n.energyKj !== undefined && Math.abs(n.energyKcal * KJ_PER_KCAL - n.energyKj) > Math.max(10, 0.05 * n.energyKj)) {
    errors.push({ path: 'nutrientsPer100g.energyKj', message: 'kJ and kcal disagree' });
  }
  return errors;
}

/** The label as an OFF-shaped record, so the same normalization and Nutri-Score apply. */
function toOffRecord(code: string, dto: CreateUserProductDto): OffRecord {
  const n = dto.nutrientsPer100g;
  const nutriments: Record<string, number> = {};
  const put = (id: string, value: number | undefined) => {
    if (value !== undefined) nutriments[`${id}_100g`] = value;
  };
  put('energy-kcal', n.energyKcal);
  put('energy-kj', n.energyKj);
  put('fat', n.fat);
  put('saturated-fat', n.saturatedFat);
  put('carbohydrates', n.carbohydrates);
  put('sugars', n.sugars);
  put('fiber', n.fiber);
  put('proteins', n.proteins);
  put('salt', n.salt);
  put('sodium', n.sodium);
  return {
    code,
    product_name: dto.name,
    brands: (dto.brands ?? []).join(','),
    quantity: dto.quantity,
    serving_size: dto.servingSize,
    serving_quantity: dto.servingQuantityG,
    categories_tags: dto.categories ?? [],
    allergens_tags: dto.allergens ?? [],
    nutriments,
  };
}

function resolved(doc: UserProductDocument, userId: string): ResolvedProduct {
  const { ownerId, shared: _s, label: _l, createdAt: _c, updatedAt: _u, ...product } = doc;
  return { product: { ...product, _id: doc.code }, contributor: { ownedByCaller: ownerId === userId } };
}

/** Products users add from the label when a barcode is unknown; part of their export/erase. */
@Injectable()
export class UserProductsService implements OnModuleInit {
  constructor(
    private readonly userProducts: UserProductsRepository,
    private readonly catalogue: ProductsRepository,
    private readonly privacy: PrivacyRegistry,
    private readonly cache: ProductCache,
  ) {}

  onModuleInit(): void {
    this.privacy.register({
      module: 'facts',
      export: async (userId) => ({
        userProducts: (await this.userProducts.listByOwner(userId)).map((d) => ({
          code: d.code,
          shared: d.shared,
          label: d.label,
          createdAt: d.createdAt.toISOString(),
          updatedAt: d.updatedAt.toISOString(),
        })),
      }),
      erase: async (userId) => {
        const codes = (await this.userProducts.listByOwner(userId)).map((d) => d.code);
        await this.userProducts.deleteByOwner(userId);
        await this.cache.invalidate(codes);
      },
    });
  }

  async save(userId: string, dto: CreateUserProductDto): Promise<ResolvedProduct> {
    const gtin = parseBarcode(dto.code);
    const errors = labelInconsistencies(dto);
    if (errors.length > 0) {
      throw new ProblemException(400, 'validation', 'Bad request', 'The label values are not consistent.', { errors });
    }
    const known = await this.catalogue.findByCodes(gtin.lookupKeys);
    if (known.length > 0) {
      throw new ProblemException(409, 'product-exists', 'Conflict', `Barcode ${gtin.digits} is already in the catalogue as ${known[0].code}.`);
    }
    const record = toOffRecord(gtin.digits, dto);
    const { product } = toCatalogueEntry(record, normalizeProduct(record), { origin: 'user', importId: null, storedAt: new Date() });
    const { storedAt: _s, importId: _i, keywordPrefixes: _k, origin: _o, _id: _id, ...fields } = product;
    const existing = await this.userProducts.findOwn(userId, gtin.digits);
    const now = new Date();
    const doc: UserProductDocument = {
      ...fields,
      origin: 'user',
      _id: userProductId(userId, gtin.digits),
      ownerId: userId,
      shared: dto.shared ?? false,
      label: { ...dto },
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await this.userProducts.save(doc);
    // A cached "unknown" for this code must not hide a product now shared with everyone.
    await this.cache.invalidate([gtin.digits]);
    return resolved(doc, userId);
  }

  async listOwn(userId: string): Promise<ResolvedProduct[]> {
    return (await this.userProducts.listByOwner(userId)).map((d) => resolved(d, userId));
  }

  async remove(userId: string, barcode: string): Promise<void> {
    const gtin = parseBarcode(barcode);
    if (!(await this.userProducts.deleteOwn(userId, gtin.digits))) throw notFound('Product', `You added no product ${gtin.digits}.`);
    await this.cache.invalidate([gtin.digits]);
  }
}
