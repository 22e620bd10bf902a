import type { components } from '@welness/contracts';
import { api } from './client';
import { unwrap } from './problem';
import { type UploadProgress, withUploadProgress } from './upload-progress';

export type ActivityImport = components['schemas']['ActivityImportDto'];
export type ImportReject = components['schemas']['ImportRejectDto'];
export type BodyCsvResult = components['schemas']['CsvImportResultDto'];

/** The user's latest activity imports, newest first. */
export async function listActivityImports(): Promise<ActivityImport[]> {
  return unwrap(await api.GET('/api/v1/activities/imports'));
}

export async function fetchActivityImport(id: string): Promise<ActivityImport> {
  return unwrap(await api.GET('/api/v1/activities/imports/{id}', { params: { path: { id } } }));
}

/** Streams export.zip (or export.xml) as multipart; the server queues the import job. */
export async function uploadAppleHealth(file: File, onProgress: UploadProgress): Promise<ActivityImport> {
  const form = new FormData();
  form.append('file', file, file.name);
  return unwrap(
    await api.POST('/api/v1/activities/imports/apple-health', {
      body: {},
      bodySerializer: () => form,
      fetch: withUploadProgress(onProgress, form),
    }),
  );
}

/** Activity rows (started_at,type,duration_min…) and/or step rows (date,steps). */
export async function uploadActivityCsv(csv: string, onProgress: UploadProgress): Promise<ActivityImport> {
  return unwrap(await api.POST('/api/v1/activities/imports/csv', { body: { csv }, fetch: withUploadProgress(onProgress) }));
}

/** Weigh-ins (date,weight_kg,body_fat_percent) and measurements (date,name,value,unit); answered at once. */
export async function uploadBodyCsv(csv: string, onProgress: UploadProgress): Promise<BodyCsvResult> {
  return unwrap(await api.POST('/api/v1/body/import', { body: { csv }, fetch: withUploadProgress(onProgress) }));
}
