const x = #private
