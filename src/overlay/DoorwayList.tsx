// The ways out of the current room, as buttons: the keyboard and screen-reader twin of the 3D doorway signs.
import { useTranslation } from '../i18n';
import { useGuideRoomId } from './useGuideRoomId';
import { DoorwayButtons } from './DoorwayButtons';

export function DoorwayList() {
  const { t } = useTranslation();
  const roomId = useGuideRoomId();
  return (
    <section aria-labelledby="doorways-heading" className="doorways">
      <h2 id="doorways-heading" className="panel-heading">
        {t('doorways')}
      </h2>
      <DoorwayButtons roomId={roomId} labelledBy="doorways-heading" />
    </section>
  );
}
