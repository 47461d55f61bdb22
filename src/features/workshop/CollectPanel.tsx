import { useTranslation } from 'react-i18next';
import type { Exercise, ExerciseLayout } from '../../domain/workshop/exercise.ts';
import { decodeResult } from '../../domain/workshop/resultCode.ts';
import { codesOf } from '../../domain/workshop/results.ts';
import { userDataStore } from '../../store/appStores.ts';
import { CollectArea } from '../../ui/CollectArea.tsx';
import { CODE_PROBLEM } from './problemText.ts';

/** "Collect": codes typed or pasted, result files picked or dropped; each acknowledged or refused with its reason. */
export function CollectPanel({ exercise, layout }: { exercise: Exercise; layout: ExerciseLayout }) {
  const { t } = useTranslation('workshop');
  return (
    <CollectArea
      text={(key, values = {}) => t(key, values)}
      problemText={(p) => t(CODE_PROBLEM[p])}
      read={(code) => {
        const read = decodeResult(code, exercise, layout);
        return read.ok ? { ok: true, resultId: read.result.resultId } : read;
      }}
      keep={(resultId, code) => userDataStore.getState().addResult(exercise.id, resultId, code)}
      count={() => codesOf(userDataStore.getState().workshopResults, exercise.id).length}
      handedOver="result"
      headingId="workshop-collect"
      className="collect"
      messagesClassName="collect-messages"
      scanLoading={t('present.loading')}
    />
  );
}
