declare module 'virtual:house' {
  const house: import('../../rooms/validate').House;
  export default house;
}
