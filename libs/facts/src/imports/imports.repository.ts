import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ProductImport, type ImportFormat } from './product-import.entity';

export type ImportProgress = Pick<
  ProductImport,
  | 'bytesRead'
  | 'checkpointLine'
  | 'checkpointOffset'
  | 'processed'
  | 'inserted'
  | 'updated'
  | 'rejected'
  | 'rejects'
  | 'header'
  | 'rowsPerSecond'
  | 'etaSeconds'
>;

@Injectable()
export class ImportsRepository {
  constructor(@InjectRepository(ProductImport) private readonly repo: Repository<ProductImport>) {}

  async create(source: string, format: ImportFormat, requestedBy: string | null): Promise<ProductImport> {
    return this.repo.save(this.repo.create({ source, format, requestedBy, status: 'queued', rejects: {} }));
  }

  async get(id: string): Promise<ProductImport | null> {
    return this.repo.findOneBy({ id });
  }

  /** Newest first; `before` is the last item of the previous page. */
  async list(limit: number, before?: { createdAt: Date; id: string }): Promise<ProductImport[]> {
    const qb = this.repo.createQueryBuilder('i').orderBy('i.created_at', 'DESC').addOrderBy('i.id', 'DESC').limit(limit);
    if (before) qb.where('(i.created_at, i.id) < (:createdAt, :id)', before);
    return qb.getMany();
  }

  /** The unfinished import of this source, if any: re-running a file resumes it. */
  async findUnfinished(source: string, format: ImportFormat): Promise<ProductImport | null> {
    return this.repo
      .createQueryBuilder('i')
      .where('i.source = :source AND i.format = :format', { source, format })
      .andWhere(`i.status IN ('queued', 'running', 'failed')`)
      .orderBy('i.created_at', 'DESC')
      .getOne();
  }

  async markStarted(id: string, totalBytes: number | null): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update(ProductImport)
      .set({ status: 'running', totalBytes, error: null, finishedAt: null, runs: () => 'runs + 1', startedAt: () => 'COALESCE(started_at, now())' })
      .where('id = :id', { id })
      .execute();
  }

  async saveProgress(id: string, progress: ImportProgress): Promise<void> {
    await this.repo.update({ id }, progress);
  }

  async finish(id: string, progress: Partial<ProductImport> & { status: 'completed' | 'failed' | 'queued' }): Promise<void> {
    await this.repo.update({ id }, { ...progress, finishedAt: progress.status === 'queued' ? null : new Date() });
  }
}
