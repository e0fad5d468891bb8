# Writes the shell completions of the sieg just built (POST_BUILD of the sieg target): -DSIEG=binary
# -DOUT=folder. English descriptions, whatever the builder's locale.
file(MAKE_DIRECTORY ${OUT})
foreach(shell bash zsh fish)
  execute_process(COMMAND ${SIEG} --lang en completions ${shell} OUTPUT_FILE ${OUT}/sieg.${shell} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "sieg completions ${shell} failed (${rc})")
  endif()
endforeach()
