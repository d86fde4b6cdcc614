// The three classes the tour declares as JSX elements (<mesh>, <group>, …), here and in the XR code. R3F's Canvas
// registers everything its `three` import holds, which keeps all of three in the bundle; the build points that one
// import here instead (build/threeElements.ts), so the parts of three the tour never uses are left out.
// A new element type must be added to this list; a missing one fails at once in the browser tests with
// "R3F: Foo is not part of the THREE namespace!".
export {
  AmbientLight,
  BoxGeometry,
  DirectionalLight,
  Group,
  HemisphereLight,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  PointLight,
} from 'three';
