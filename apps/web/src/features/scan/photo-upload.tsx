import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { scanPhoto } from '../../api/products.api';

/** A photo of the barcode, decoded by the server (works where the camera cannot be used). */
export function PhotoUpload({ onCode }: { onCode: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const scan = useMutation({
    mutationFn: (file: File) => scanPhoto(file, i18n.language),
    onSuccess: (answer) => {
      if ('found' in answer) onCode(answer.found.product.code);
    },
  });
  return (
    <div className="photo-upload">
      <label htmlFor={id}>{t('scan.photoLabel')}</label>
      <input
        id={id}
        type="file"
        accept="image/*"
        capture="environment"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) scan.mutate(file);
        }}
      />
      <p role="status" aria-live="polite">
        {scan.isPending && t('scan.photoUploading')}
        {(scan.isError || (scan.data && 'unread' in scan.data)) && <span className="bad">{t('scan.photoNoCode')}</span>}
        {scan.data && 'unknown' in scan.data && <span data-testid="photo-unknown">{t('scan.photoUnknown', { code: scan.data.unknown[0] })}</span>}
      </p>
      {scan.data && 'unknown' in scan.data && (
        <Link className="btn" to={`/products/${scan.data.unknown[0]}`}>
          {t('scan.addUnknown')}
        </Link>
      )}
    </div>
  );
}
