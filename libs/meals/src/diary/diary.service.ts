import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UserClock } from '@welness/goals';
import { DayChanges, MetricsService, ProblemException, notFound } from '@welness/platform';
import type { Counter } from 'prom-client';
import { addDays } from '@welness/nutrition';
import { ItemSpec, ResolvedItem } from '../foods/item-spec';
import { ItemResolver } from '../foods/item-resolver.service';
import { Nutrients, sumNutrients } from '../foods/nutrients';
import { DiaryEntry, MEAL_SLOTS, MealSlot } from './diary-entry.entity';
import { NewEntry, QuickPick, DiaryRepository } from './diary.repository';
import {
  AddWaterDto,
  CopyDto,
  CreateEntryDto,
  DiaryDayDto,
  EntryDto,
  UpdateEntryDto,
  WaterDto,
} from './diary.dto';
import { WaterLog } from './water-log.entity';

export function entryNutrients(e: DiaryEntry): Nutrients {
  return {
    energyKcal: e.energyKcal,
    proteinG: e.proteinG,
    carbohydratesG: e.carbohydratesG,
    fatG: e.fatG,
    fiberG: e.fiberG,
    sugarsG: e.sugarsG,
    saturatedFatG: e.saturatedFatG,
    saltG: e.saltG,
  };
}

export function toEntryDto(e: DiaryEntry): EntryDto {
  return {
    id: e.id,
    date: e.date,
    slot: e.slot,
    loggedAt: e.loggedAt.toISOString(),
    kind: e.kind,
    ref: e.ref,
    name: e.name,
    brand: e.brand,
    quantity: e.quantity,
    unit: e.unit,
    grams: e.grams,
    nutrients: entryNutrients(e),
    note: e.note,
    planRef: e.planRef,
  };
}

const toWaterDto = (w: WaterLog): WaterDto => ({
  id: w.id,
  date: w.date,
  ml: w.ml,
  loggedAt: w.loggedAt.toISOString(),
});

@Injectable()
export class DiaryService {
  private readonly logged: Counter<'kind'>;

  constructor(
    private readonly repo: DiaryRepository,
    private readonly resolver: ItemResolver,
    private readonly days: DayChanges,
    private readonly clock: UserClock,
    metrics: MetricsService,
  ) {
    this.logged = metrics.counter('diary_entries_logged_total', 'Diary entries created, by source kind', [
      'kind',
    ]);
  }

  async day(userId: string, date?: string): Promise<DiaryDayDto> {
    const d = date ?? (await this.clock.userToday(userId));
    const [entries, water, note] = await Promise.all([
      this.repo.listDay(userId, d),
      this.repo.listWater(userId, d),
      this.repo.note(userId, d),
    ]);
    const slots = Object.fromEntries(MEAL_SLOTS.map((s) => [s, [] as EntryDto[]])) as Record<
      MealSlot,
      EntryDto[]
    >;
    for (const e of entries) slots[e.slot].push(toEntryDto(e));
    return {
      date: d,
      slots,
      totals: sumNutrients(entries.map(entryNutrients)),
      waterMl: water.reduce((s, w) => s + w.ml, 0),
      water: water.map(toWaterDto),
      note,
    };
  }

  async addEntry(
    userId: string,
    dto: CreateEntryDto,
    idempotencyKey?: string,
  ): Promise<{ entry: EntryDto; created: boolean }> {
    const fingerprint = idempotencyKey
      ? createHash('sha256').update(JSON.stringify(dto)).digest('base64url')
      : null;
    const loggedAt = dto.loggedAt ? new Date(dto.loggedAt) : new Date();
    const date = dto.date ?? (await this.clock.localDay(userId, loggedAt));
    const item = await this.resolver.resolve(userId, dto);
    const { row, created } = await this.repo.insertIdempotent({
      ...this.newEntry(userId, date, dto.slot, loggedAt, item, null),
      note: dto.note ?? null,
      idempotencyKey: idempotencyKey ?? null,
      idempotencyFingerprint: fingerprint,
    });
    if (!created && row.idempotencyFingerprint !== fingerprint) {
      throw new ProblemException(
        422,
        'idempotency-key-reused',
        'Idempotency-Key reused',
        'This Idempotency-Key was already used with a different request body.',
      );
    }
    if (created) {
      this.logged.inc({ kind: row.kind });
      await this.days.dayChanged(userId, date);
    }
    return { entry: toEntryDto(row), created };
  }

  /** Logs several items at once (saved meals, planned meals); one day-change signal. */
  async logItems(
    userId: string,
    date: string,
    slot: MealSlot,
    specs: ItemSpec[],
    planRef: string | null = null,
  ): Promise<EntryDto[]> {
    const items = await Promise.all(specs.map((s) => this.resolver.resolve(userId, s)));
    const now = new Date();
    const rows = await this.repo.insertMany(
      items.map((item) => ({
        ...this.newEntry(userId, date, slot, now, item, planRef),
        note: null,
        idempotencyKey: null,
        idempotencyFingerprint: null,
      })),
    );
    for (const r of rows) this.logged.inc({ kind: r.kind });
    await this.days.dayChanged(userId, date);
    return rows.map(toEntryDto);
  }

  async updateEntry(userId: string, id: string, dto: UpdateEntryDto): Promise<EntryDto> {
    const e = await this.repo.find(userId, id);
    if (!e) throw notFound('Diary entry');
    const oldDate = e.date;
    if (dto.quantity !== undefined || dto.unit !== undefined) {
      const quantity = dto.quantity ?? e.quantity;
      const unit = (dto.unit ?? e.unit).toLowerCase();
      const p = this.resolver.reportion(e.basis, quantity, unit);
      Object.assign(e, { quantity, unit, grams: p.grams, ...p.nutrients });
    }
    if (dto.slot) e.slot = dto.slot;
    if (dto.date) e.date = dto.date;
    if (dto.note !== undefined) e.note = dto.note;
    const saved = await this.repo.save(e);
    await this.days.dayChanged(userId, oldDate < saved.date ? oldDate : saved.date);
    return toEntryDto(saved);
  }

  async deleteEntry(userId: string, id: string): Promise<void> {
    const e = await this.repo.find(userId, id);
    if (!e) throw notFound('Diary entry');
    await this.repo.delete(userId, id);
    await this.days.dayChanged(userId, e.date);
  }

  /** Copies a meal or a whole day with the nutrients as stored (no catalogue re-read). */
  async copy(userId: string, dto: CopyDto): Promise<EntryDto[]> {
    const source = await this.repo.listDay(userId, dto.fromDate, dto.fromSlot);
    if (!source.length)
      throw notFound(
        'Diary entries',
        `Nothing logged on ${dto.fromDate}${dto.fromSlot ? ` for ${dto.fromSlot}` : ''}.`,
      );
    const now = new Date();
    const rows = await this.repo.insertMany(
      source.map(({ id: _id, createdAt: _c, updatedAt: _u, ...rest }) => ({
        ...rest,
        date: dto.toDate,
        slot: dto.fromSlot && dto.toSlot ? dto.toSlot : rest.slot,
        loggedAt: now,
        idempotencyKey: null,
        idempotencyFingerprint: null,
        planRef: null,
      })),
    );
    await this.days.dayChanged(userId, dto.toDate);
    return rows.map(toEntryDto);
  }

  async addWater(userId: string, dto: AddWaterDto): Promise<WaterDto> {
    const loggedAt = dto.loggedAt ? new Date(dto.loggedAt) : new Date();
    const date = dto.date ?? (await this.clock.localDay(userId, loggedAt));
    const row = await this.repo.addWater({ userId, date, ml: dto.ml, loggedAt });
    await this.days.dayChanged(userId, date);
    return toWaterDto(row);
  }

  async deleteWater(userId: string, id: string): Promise<void> {
    const w = await this.repo.findWater(userId, id);
    if (!w) throw notFound('Water log');
    await this.repo.deleteWater(userId, id);
    await this.days.dayChanged(userId, w.date);
  }

  async setNote(userId: string, date: string, note: string | null): Promise<void> {
    await this.repo.setNote(userId, date, note);
  }

  /**
   * What summaries read from the diary in one round trip: per-day totals and water from `from`
   * to `to`, and every date with an entry up to `streakTo` (for streaks).
   */
  rangeFacts(
    userId: string,
    from: string,
    to: string,
    streakTo: string,
  ): ReturnType<DiaryRepository['rangeFacts']> {
    return this.repo.rangeFacts(userId, from, to, streakTo);
  }

  recent(userId: string, limit = 20): Promise<QuickPick[]> {
    return this.repo.recent(userId, limit);
  }

  async frequent(userId: string, limit = 20): Promise<QuickPick[]> {
    const since = addDays(await this.clock.userToday(userId), -90);
    return this.repo.frequent(userId, since, limit);
  }

  private newEntry(
    userId: string,
    date: string,
    slot: MealSlot,
    loggedAt: Date,
    item: ResolvedItem,
    planRef: string | null,
  ) {
    return {
      userId,
      date,
      slot,
      loggedAt,
      kind: item.kind,
      ref: item.ref,
      name: item.name,
      brand: item.brand,
      quantity: item.quantity,
      unit: item.unit,
      grams: item.grams,
      ...item.nutrients,
      basis: item.basis,
      planRef,
    } satisfies Omit<NewEntry, 'note' | 'idempotencyKey' | 'idempotencyFingerprint'>;
  }
}
