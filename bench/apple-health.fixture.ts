import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Writes a synthetic Apple Health `export.xml` of about `targetBytes`: the real layout (DOCTYPE,
 * Me, Record and Workout elements with WorkoutStatistics children), step counts from a phone and
 * a watch every 15 minutes, active energy, daily body mass and a workout most days.
 */
export async function writeAppleHealthExport(
  path: string,
  targetBytes: number,
): Promise<{ bytes: number; records: number; workouts: number; days: number }> {
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let bytes = 0;
  const write = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord)*)>
<!ATTLIST HealthData locale CDATA #REQUIRED>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record type CDATA #REQUIRED unit CDATA #IMPLIED value CDATA #IMPLIED sourceName CDATA #REQUIRED startDate CDATA #REQUIRED endDate CDATA #REQUIRED>
]>
<HealthData locale="en_US">
 <ExportDate value="2026-07-01 09:00:00 +0200"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1988-04-12" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>
`);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = (d: Date) =>
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00 +0000`;
  let records = 0;
  let workouts = 0;
  let day = 0;
  const start = Date.UTC(2016, 0, 1);
  while (bytes < targetBytes) {
    const base = start + day * 86_400_000;
    const body = 80 - (day % 400) * 0.01;
    await write(
      ` <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Health Mate" sourceVersion="5.2" unit="kg" creationDate="${stamp(new Date(base + 7 * 3600e3))}" startDate="${stamp(new Date(base + 7 * 3600e3))}" endDate="${stamp(new Date(base + 7 * 3600e3))}" value="${body.toFixed(1)}"/>\n`,
    );
    records++;
    for (let q = 28; q < 92 && bytes < targetBytes; q++) {
      const s = new Date(base + q * 900e3);
      const e = new Date(base + (q + 1) * 900e3);
      let chunk = '';
      for (const src of ['Ann’s iPhone', 'Ann’s Apple Watch']) {
        chunk += ` <Record type="HKQuantityTypeIdentifierStepCount" sourceName="${src}" sourceVersion="17.4" device="&lt;&lt;HKDevice: 0x281e6c3c0&gt;, name:iPhone&gt;" unit="count" creationDate="${stamp(e)}" startDate="${stamp(s)}" endDate="${stamp(e)}" value="${80 + ((q * 37 + day) % 120)}"/>\n`;
      }
      chunk += ` <Record type="HKQuantityTypeIdentifierActiveEnergyBurned" sourceName="Ann’s Apple Watch" sourceVersion="10.4" unit="kcal" creationDate="${stamp(e)}" startDate="${stamp(s)}" endDate="${stamp(e)}" value="${(4 + (q % 7) * 0.9).toFixed(3)}"/>\n`;
      records += 3;
      await write(chunk);
    }
    if (day % 7 !== 6) {
      const s = new Date(base + 18 * 3600e3);
      const e = new Date(base + 18.75 * 3600e3);
      const type = [
        'HKWorkoutActivityTypeRunning',
        'HKWorkoutActivityTypeCycling',
        'HKWorkoutActivityTypeTraditionalStrengthTraining',
      ][day % 3];
      await write(
        ` <Workout workoutActivityType="${type}" duration="45" durationUnit="min" sourceName="Ann’s Apple Watch" sourceVersion="10.4" creationDate="${stamp(e)}" startDate="${stamp(s)}" endDate="${stamp(e)}">\n` +
          `  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n` +
          `  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="${stamp(s)}" endDate="${stamp(e)}" sum="${(300 + (day % 50)).toFixed(1)}" unit="kcal"/>\n` +
          ` </Workout>\n`,
      );
      workouts++;
    }
    day++;
  }
  await write('</HealthData>\n');
  out.end();
  await once(out, 'finish');
  return { bytes, records, workouts, days: day };
}
