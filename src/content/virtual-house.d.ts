declare module 'virtual:house' {
  const house: import('./packedHouse').PackedHouse;
  export default house;
}
