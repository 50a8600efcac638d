import type { ImgHTMLAttributes } from "react";

import type { ImageRefDto } from "@/lib/schemas/task";

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, "src" | "width" | "height"> & {
  image: ImageRefDto;
  alt: string;
};

/**
 * Our /api/images routes already serve right-sized thumbnails and previews, so next/image's optimizer would only
 * re-encode them; a plain img with intrinsic width/height still reserves space and avoids layout shift.
 */
export function TaskImg({ image, alt, ...rest }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above
    <img
      src={image.url}
      alt={alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      decoding="async"
      {...rest}
    />
  );
}
