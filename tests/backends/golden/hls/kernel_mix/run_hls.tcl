# Vitis HLS: C simulation (Vitis' own, sequential) and synthesis of kernel_mix.
# vitis_hls -f run_hls.tcl
set here [file dirname [file normalize [info script]]]
open_project -reset hls_kernel_mix
set_top kernel_mix
add_files $here/src/kernel.cpp -cflags "-I$here/src"
add_files -tb $here/tb/tb.cpp -cflags "-I$here/src -I$here/tb"
open_solution -reset solution1 -flow_target vitis
set_part {xcu280-fsvh2892-2L-e}
create_clock -period 3.333 -name default
csim_design -argv "$here/data"
csynth_design
exit
