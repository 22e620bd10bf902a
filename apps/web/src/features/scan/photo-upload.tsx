import { useMutation } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { scanPhoto } from '../../api/products.api';

/** A photo of the barcode, decoded by the server (works where the camera cannot be used). */
export function PhotoUpload({ onCode }: { onCode: (code: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const scan = useMutation({
    mutationFn: (file: File) => scanPhoto(file, i18n.language),
    onSuccess: (result) => {
      if (result) onCode(result.product.code);
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
        {(scan.isError || scan.data === null) && <span className="bad">{t('scan.photoNoCode')}</span>}
      </p>
    </div>
  );
}
