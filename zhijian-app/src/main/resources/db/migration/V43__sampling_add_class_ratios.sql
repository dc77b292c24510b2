-- sampling module: per-class inspection ratios of a plan (e.g. A=3,B=10,C=30,D=80); empty for an unweighted draw
alter table sampling_plan add column class_ratios text not null default '';
