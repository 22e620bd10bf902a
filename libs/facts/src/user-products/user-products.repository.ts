import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { MONGO_DB, MongoIndexes } from '@welness/platform';
import { Collection, Db } from 'mongodb';
import { ensureMissingIndexes } from '../catalogue/mongo-indexes';
import type { CatalogueProduct } from '../catalogue/product.document';

export const USER_PRODUCTS_COLLECTION = 'user_products';

/** A product a user typed in from the label; one per user and code. */
export interface UserProductDocument extends Omit<CatalogueProduct, '_id'> {
  _id: string;
  ownerId: string;
  /** Shared products are visible to everyone, marked user-contributed. */
  shared: boolean;
  /** The label values as entered, kept for export. */
  label: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const userProductId = (ownerId: string, code: string): string => `${ownerId}:${code}`;

@Injectable()
export class UserProductsRepository implements OnModuleInit {
  readonly collection: Collection<UserProductDocument>;

  constructor(
    @Inject(MONGO_DB) db: Db,
    private readonly indexes: MongoIndexes,
  ) {
    this.collection = db.collection<UserProductDocument>(USER_PRODUCTS_COLLECTION);
  }

  async onModuleInit(): Promise<void> {
    await ensureMissingIndexes(this.indexes, this.collection, [
      { key: { code: 1 }, name: 'code' },
      { key: { ownerId: 1 }, name: 'owner' },
    ]);
  }

  /** The caller's own products first, then shared ones, newest first. */
  async findVisible(codes: readonly string[], userId: string | undefined, scope: 'own' | 'own-and-shared' = 'own-and-shared'): Promise<UserProductDocument[]> {
    if (scope === 'own' && !userId) return [];
    const visibility = scope === 'own' ? [{ ownerId: userId }] : userId ? [{ ownerId: userId }, { shared: true }] : [{ shared: true }];
    const found = await this.collection.find({ code: { $in: [...codes] }, $or: visibility }).toArray();
    return found.sort(
      (a, b) =>
        Number(b.ownerId === userId) - Number(a.ownerId === userId) || b.updatedAt.getTime() - a.updatedAt.getTime(),
    );
  }

  /**
   * Visible products whose keywords start with every word (own and shared, own first). The
   * collection holds only what people typed in, so a regex over it stays cheap.
   */
  async searchVisible(words: readonly string[], userId: string | undefined, limit: number): Promise<UserProductDocument[]> {
    if (words.length === 0) return [];
    const visibility = userId ? [{ ownerId: userId }, { shared: true }] : [{ shared: true }];
    const found = await this.collection
      .find({ $and: [{ $or: visibility }, ...words.map((w) => ({ keywords: { $regex: `^${escapeRegex(w)}` } }))] })
      .toArray();
    return found
      .sort(
        (a, b) =>
          Number(b.ownerId === userId) - Number(a.ownerId === userId) || b.updatedAt.getTime() - a.updatedAt.getTime(),
      )
      .slice(0, limit);
  }

  async findOwn(ownerId: string, code: string): Promise<UserProductDocument | null> {
    return this.collection.findOne({ _id: userProductId(ownerId, code) });
  }

  async save(doc: UserProductDocument): Promise<void> {
    await this.collection.replaceOne({ _id: doc._id }, doc, { upsert: true });
  }

  async listByOwner(ownerId: string): Promise<UserProductDocument[]> {
    return this.collection.find({ ownerId }).sort({ code: 1 }).toArray();
  }

  async deleteOwn(ownerId: string, code: string): Promise<boolean> {
    return (await this.collection.deleteOne({ _id: userProductId(ownerId, code) })).deletedCount === 1;
  }

  async deleteByOwner(ownerId: string): Promise<number> {
    return (await this.collection.deleteMany({ ownerId })).deletedCount;
  }
}
