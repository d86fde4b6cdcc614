// One unit plane shared by every sign, scaled to its label's size in metres.
import { PlaneGeometry } from 'three';

export const markerGeometry = new PlaneGeometry(1, 1);
