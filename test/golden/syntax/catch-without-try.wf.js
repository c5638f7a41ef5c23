catch (e) { log(e) }
