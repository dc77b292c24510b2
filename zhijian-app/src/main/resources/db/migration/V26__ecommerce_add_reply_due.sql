-- ecommerce module: the day by which the seller's local authority should answer a referral (zhijian.ecommerce
-- .referral-reply-days after the referral, 30 by default); referrals made before this column existed get the default
alter table listing add column reply_due_on date;
update listing set reply_due_on = cast(referred_at at time zone 'Asia/Shanghai' as date) + 30
 where referred_at is not null;
create index listing_reply_due_idx on listing (reply_due_on) where status = 'REFERRED';
