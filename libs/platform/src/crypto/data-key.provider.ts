/** A fresh data key: the plaintext encrypts one or more values, the wrapped form is stored beside them. */
export interface DataKey {
  plaintext: Buffer;
  wrapped: Buffer;
}

/** Where data keys come from and how they are unwrapped: a local master key or AWS KMS. */
export interface DataKeyProvider {
  /** Short id written into every ciphertext, so a value always names the provider that can open it. */
  readonly id: 'local' | 'kms';
  generateDataKey(): Promise<DataKey>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}
