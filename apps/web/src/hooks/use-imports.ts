import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { type ActivityImport, fetchActivityImport, listActivityImports } from '../api/imports.api';
import { queryKeys } from '../api/query-keys';
import type { UploadProgress } from '../api/upload-progress';

export const isActive = (job: Pick<ActivityImport, 'status'>) => job.status === 'queued' || job.status === 'running';

const POLL_MS = 1000;

/** Earlier imports; polled only while one of them is still moving. */
export const useActivityImports = () =>
  useQuery({
    queryKey: queryKeys.imports.all,
    queryFn: listActivityImports,
    refetchInterval: (q) => (q.state.data?.some(isActive) ? POLL_MS * 2 : false),
  });

/**
 * One import job, polled each second until it finishes (the API reports percent, rows/s and
 * time left as it goes). When it completes, whatever it imported shows everywhere else too.
 */
export function useActivityImport(id: string | null) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.imports.activity(id ?? 'none'),
    queryFn: () => fetchActivityImport(id ?? ''),
    enabled: id !== null,
    refetchInterval: (q) => (!q.state.data || isActive(q.state.data) ? POLL_MS : false),
  });
  const status = query.data?.status;
  const seen = useRef(status);
  useEffect(() => {
    if (status === 'completed' && seen.current !== 'completed') {
      void client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== queryKeys.imports.all[0] });
      void client.invalidateQueries({ queryKey: queryKeys.imports.all, exact: true });
    }
    seen.current = status;
  }, [client, status]);
  return query;
}

/** An upload with its byte progress, for a progress bar while the file goes up. */
export function useUpload<T>(send: (file: File, onProgress: UploadProgress) => Promise<T>) {
  const [progress, setProgress] = useState<{ sent: number; total: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => {
      setProgress({ sent: 0, total: file.size });
      return send(file, (sent, total) => setProgress({ sent, total }));
    },
  });
  return { ...mutation, progress };
}
