// Everything outside the 3D view: real DOM, reachable by keyboard and screen reader.
import { RoomsNav } from './RoomsNav';
import { DoorwayList } from './DoorwayList';
import { ExhibitList } from './ExhibitList';
import { Minimap } from './Minimap';
import { NoticeBanner } from './NoticeBanner';
import { RoomPanel } from './RoomPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { TimelinePanel } from './TimelinePanel';
import { PeoplePanel } from './PeoplePanel';
import { useTranslation } from '../i18n';
import { VrButton } from './VrButton';
import { OverviewButton } from './OverviewButton';
import { ProgressNote } from './ProgressNote';
import { FirstScreenReveal } from './FirstScreenReveal';
import { ToursSection } from './ToursSection';
import { EraControl } from './EraControl';

export function Overlay() {
  const { t } = useTranslation();
  return (
    <aside className="overlay" aria-label={t('siteTitle')}>
      <header className="site-header">
        <h1>
          {t('siteTitle')} <span>{t('siteSubtitle')}</span>
        </h1>
        <LanguageSwitch />
      </header>
      <VrButton />
      <OverviewButton />
      <NoticeBanner />
      <RoomPanel />
      <EraControl />
      <ToursSection />
      <FirstScreenReveal />
      <ExhibitList />
      <DoorwayList />
      <Minimap />
      <RoomsNav />
      <ProgressNote />
      <PeoplePanel />
      <TimelinePanel />
    </aside>
  );
}
