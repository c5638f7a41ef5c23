if (ready) {
  log('start')
