// Deliberately wrong: bridging a hand-written type with a double cast.
interface DiaryDay {
  date: string;
}
export const day = (raw: object): DiaryDay => raw as unknown as DiaryDay;
