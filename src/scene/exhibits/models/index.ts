// Every exhibit model's builder, by kind. A marker has no body, so no builder.
import type { ExhibitModel } from '../../../../rooms/schema';
import type { ModelParts } from '../parts';
import { bathtub } from './bathtub';
import { boiler } from './boiler';
import { bookcase } from './bookcase';
import { bulletHoles } from './bullet-holes';
import { cactusBed } from './cactus-bed';
import { chairCircle } from './chair-circle';
import { chickenCoop } from './chicken-coop';
import { clothesRail } from './clothes-rail';
import { cot } from './cot';
import { daybed } from './daybed';
import { desk } from './desk';
import { dictatingMachine } from './dictating-machine';
import { diningSet } from './dining-set';
import { doubleBed } from './double-bed';
import { ediphoneDesk } from './ediphone-desk';
import { encyclopediaBookcase } from './encyclopedia-bookcase';
import { icebox } from './icebox';
import { kitchenShelf } from './kitchen-shelf';
import { rabbitHutch } from './rabbit-hutch';
import { referenceBookcase } from './reference-bookcase';
import { shoeRack } from './shoe-rack';
import { singleBed } from './single-bed';
import { tallBookcase } from './tall-bookcase';
import { toiletriesShelf } from './toiletries-shelf';
import { tomb } from './tomb';
import { typewriterDesk } from './typewriter-desk';
import { workTable } from './work-table';
import { writingDesk } from './writing-desk';

export const MODEL_BUILDERS: Record<Exclude<ExhibitModel, 'marker'>, () => ModelParts> = {
  'cactus-bed': cactusBed,
  'rabbit-hutch': rabbitHutch,
  'chicken-coop': chickenCoop,
  tomb,
  cot,
  icebox,
  'kitchen-shelf': kitchenShelf,
  'work-table': workTable,
  'dining-set': diningSet,
  desk,
  'typewriter-desk': typewriterDesk,
  'ediphone-desk': ediphoneDesk,
  'tall-bookcase': tallBookcase,
  bookcase,
  'chair-circle': chairCircle,
  'writing-desk': writingDesk,
  'dictating-machine': dictatingMachine,
  'reference-bookcase': referenceBookcase,
  'encyclopedia-bookcase': encyclopediaBookcase,
  daybed,
  'double-bed': doubleBed,
  'single-bed': singleBed,
  'bullet-holes': bulletHoles,
  bathtub,
  boiler,
  'clothes-rail': clothesRail,
  'shoe-rack': shoeRack,
  'toiletries-shelf': toiletriesShelf,
};
