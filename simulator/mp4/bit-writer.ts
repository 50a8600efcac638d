// Bit-level writing for the H.264 headers (ITU-T H.264 7.2): fixed-width fields u(n), Exp-Golomb ue(v)/se(v), and
// the NAL wrapping with emulation prevention. Pure functions, no Node APIs, so tests and tools can use them alike.

export class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  /** u(n): the low `bits` bits of `value`, most significant first. */
  u(bits: number, value: number): this {
    for (let i = bits - 1; i >= 0; i--) this.bit((value >>> i) & 1);
    return this;
  }

  /** ue(v): unsigned Exp-Golomb, `value` ≥ 0. */
  ue(value: number): this {
    const code = value + 1;
    const length = Math.floor(Math.log2(code));
    this.u(length, 0);
    return this.u(length + 1, code);
  }

  /** se(v): signed Exp-Golomb (0, 1, −1, 2, −2…). */
  se(value: number): this {
    return this.ue(value > 0 ? 2 * value - 1 : -2 * value);
  }

  bit(value: number): this {
    this.current = (this.current << 1) | (value & 1);
    this.used++;
    if (this.used === 8) this.flushByte();
    return this;
  }

  get byteAligned(): boolean {
    return this.used === 0;
  }

  /** Zero bits up to the next byte boundary (pcm_alignment_zero_bit). */
  alignZero(): this {
    while (!this.byteAligned) this.bit(0);
    return this;
  }

  /** Whole bytes; the writer must be byte aligned. */
  bytesOut(data: ArrayLike<number>): this {
    if (!this.byteAligned) throw new Error("bytesOut needs a byte-aligned writer");
    for (let i = 0; i < data.length; i++) this.bytes.push((data[i] ?? 0) & 0xff);
    return this;
  }

  /** rbsp_trailing_bits(): a stop bit, then zeros to the byte boundary. */
  trailingBits(): this {
    this.bit(1);
    return this.alignZero();
  }

  toBytes(): Uint8Array {
    if (!this.byteAligned) throw new Error("unterminated bit string");
    return Uint8Array.from(this.bytes);
  }

  private flushByte(): void {
    this.bytes.push(this.current);
    this.current = 0;
    this.used = 0;
  }
}

/** RBSP → NAL payload: a 0x03 after every two zero bytes that precede a byte ≤ 3 (H.264 7.4.1). */
export function escapeRbsp(rbsp: Uint8Array): Uint8Array {
  const out: number[] = [];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

/** One NAL unit: the header byte (forbidden_zero_bit, nal_ref_idc, nal_unit_type) and the escaped RBSP. */
export function nalUnit(type: number, refIdc: number, rbsp: Uint8Array): Uint8Array {
  const body = escapeRbsp(rbsp);
  const out = new Uint8Array(body.length + 1);
  out[0] = ((refIdc & 3) << 5) | (type & 0x1f);
  out.set(body, 1);
  return out;
}
