<?php
/**
 * Table definitions for dbDelta.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Database;

/**
 * The schema as code. Bump VERSION whenever a definition changes; Installer then runs dbDelta
 * and the migrations registered for the versions in between.
 */
final class Schema {

	public const VERSION = 4;

	/**
	 * CREATE TABLE statements in dbDelta's format (two spaces after PRIMARY KEY, one index per line).
	 *
	 * @return list<string>
	 */
	public static function statements(): array {
		global $wpdb;
		$collate = $wpdb->get_charset_collate();
		$t       = array_combine( Tables::ALL, array_map( array( Tables::class, 'name' ), Tables::ALL ) );

		return array(
			"CREATE TABLE {$t[Tables::ENTITLEMENTS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  customer_id bigint(20) unsigned DEFAULT NULL,
  customer_email varchar(190) NOT NULL DEFAULT '',
  customer_name varchar(190) NOT NULL DEFAULT '',
  subscription_id bigint(20) unsigned DEFAULT NULL,
  source_order_id bigint(20) unsigned DEFAULT NULL,
  source_order_item_id bigint(20) unsigned DEFAULT NULL,
  source_key varchar(191) DEFAULT NULL,
  type varchar(64) NOT NULL DEFAULT 'premium_gift',
  number smallint(5) unsigned NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'active',
  currency char(3) NOT NULL,
  deferred_amount bigint(20) NOT NULL DEFAULT 0,
  earned_amount bigint(20) NOT NULL DEFAULT 0,
  deferred_balance bigint(20) NOT NULL DEFAULT 0,
  starts_at datetime DEFAULT NULL,
  expires_at datetime DEFAULT NULL,
  redemption_method varchar(20) DEFAULT NULL,
  redemption_gift_id bigint(20) unsigned DEFAULT NULL,
  redemption_order_id bigint(20) unsigned DEFAULT NULL,
  redemption_note text DEFAULT NULL,
  redeemed_at datetime DEFAULT NULL,
  redeemed_by bigint(20) unsigned DEFAULT NULL,
  meta longtext DEFAULT NULL,
  notes text DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  deleted_at datetime DEFAULT NULL,
  deleted_reason text DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY source_key (source_key),
  KEY customer (customer_id,id),
  KEY customer_email (customer_email,id),
  KEY customer_name (customer_name,id),
  KEY subscription (subscription_id,id),
  KEY source_order (source_order_id),
  KEY redemption_order (redemption_order_id),
  KEY listing (deleted_at,status,number,id),
  KEY created (deleted_at,created_at,id),
  KEY expiry (status,expires_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::GIFTS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  number smallint(5) unsigned NOT NULL,
  name varchar(190) NOT NULL,
  description text DEFAULT NULL,
  image_id bigint(20) unsigned DEFAULT NULL,
  product_id bigint(20) unsigned DEFAULT NULL,
  kind varchar(20) NOT NULL DEFAULT 'predefined',
  active tinyint(1) NOT NULL DEFAULT 1,
  stock int(10) unsigned DEFAULT NULL,
  redeemed_count int(10) unsigned NOT NULL DEFAULT 0,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  deleted_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  KEY number_active (number,active)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LEDGER_ENTRIES]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  kind varchar(20) NOT NULL,
  entitlement_id bigint(20) unsigned DEFAULT NULL,
  reverses_entry_id bigint(20) unsigned DEFAULT NULL,
  currency char(3) NOT NULL,
  memo varchar(255) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  created_by bigint(20) unsigned DEFAULT NULL,
  request_id varchar(64) DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY reverses_entry (reverses_entry_id),
  KEY entitlement (entitlement_id),
  KEY kind_created (kind,created_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LEDGER_LINES]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  entry_id bigint(20) unsigned NOT NULL,
  entitlement_id bigint(20) unsigned DEFAULT NULL,
  kind varchar(20) NOT NULL,
  account varchar(32) NOT NULL,
  amount bigint(20) NOT NULL,
  currency char(3) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY entry (entry_id),
  KEY entitlement (entitlement_id),
  KEY account_created (account,created_at),
  KEY created (created_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LEDGER_DAILY]} (
  day date NOT NULL,
  currency char(3) NOT NULL,
  number smallint(5) unsigned NOT NULL,
  kind varchar(20) NOT NULL,
  account varchar(32) NOT NULL,
  amount bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY  (day,currency,number,kind,account)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LIABILITY]} (
  number smallint(5) unsigned NOT NULL,
  currency char(3) NOT NULL,
  deferred_on date NOT NULL,
  entitlements int(11) NOT NULL DEFAULT 0,
  deferred_balance bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY  (number,currency,deferred_on)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::ENTITLEMENT_COUNTS]} (
  status varchar(20) NOT NULL,
  number smallint(5) unsigned NOT NULL,
  currency char(3) NOT NULL,
  type varchar(64) NOT NULL,
  deleted tinyint(1) NOT NULL,
  entitlements int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY  (status,number,currency,type,deleted)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::AUDIT_LOG]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  actor_type varchar(32) NOT NULL,
  actor_id varchar(64) NOT NULL DEFAULT '',
  action varchar(64) NOT NULL,
  object_type varchar(32) NOT NULL,
  object_id bigint(20) unsigned DEFAULT NULL,
  before_state longtext DEFAULT NULL,
  after_state longtext DEFAULT NULL,
  request_id varchar(64) NOT NULL DEFAULT '',
  ip varchar(45) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  KEY object (object_type,object_id),
  KEY action (action),
  KEY created (created_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::IDEMPOTENCY_KEYS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  scope varchar(100) NOT NULL,
  idempotency_key varchar(191) NOT NULL,
  request_hash char(64) NOT NULL,
  response_status smallint(5) unsigned NOT NULL DEFAULT 0,
  response_body longtext DEFAULT NULL,
  response_headers text DEFAULT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY scope_key (scope,idempotency_key),
  KEY created (created_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::BRANDS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  slug varchar(64) NOT NULL,
  name varchar(190) NOT NULL,
  instance_patterns text DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY slug (slug)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LICENSED_PRODUCTS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  brand_id bigint(20) unsigned NOT NULL,
  slug varchar(64) NOT NULL,
  name varchar(190) NOT NULL,
  seats int(10) unsigned NOT NULL DEFAULT 1,
  validity_days int(10) unsigned DEFAULT NULL,
  wc_product_ids varchar(1000) NOT NULL DEFAULT '',
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY brand_slug (brand_id,slug)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LICENSE_KEYS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  brand_id bigint(20) unsigned NOT NULL,
  customer_email varchar(190) NOT NULL,
  lookup char(8) NOT NULL,
  secret_hash char(64) NOT NULL,
  created_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY lookup (lookup),
  KEY brand_customer (brand_id,customer_email)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::LICENSES]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  brand_id bigint(20) unsigned NOT NULL,
  product_id bigint(20) unsigned NOT NULL,
  license_key_id bigint(20) unsigned NOT NULL,
  customer_email varchar(190) NOT NULL,
  customer_id bigint(20) unsigned DEFAULT NULL,
  status varchar(20) NOT NULL DEFAULT 'valid',
  seats int(10) unsigned NOT NULL DEFAULT 1,
  expires_at datetime DEFAULT NULL,
  source_order_id bigint(20) unsigned DEFAULT NULL,
  source_order_item_id bigint(20) unsigned DEFAULT NULL,
  source_key varchar(191) DEFAULT NULL,
  created_at datetime NOT NULL,
  updated_at datetime NOT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY source_key (source_key),
  KEY license_key (license_key_id),
  KEY customer_email (customer_email,brand_id),
  KEY customer (customer_id),
  KEY source_order (source_order_id),
  KEY expiry (status,expires_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::ACTIVATIONS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  license_id bigint(20) unsigned NOT NULL,
  instance varchar(191) NOT NULL,
  uses_seat tinyint(1) NOT NULL DEFAULT 1,
  first_seen_at datetime NOT NULL,
  last_seen_at datetime NOT NULL,
  activated_at datetime NOT NULL,
  deactivated_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY license_instance (license_id,instance),
  KEY license_active (license_id,deactivated_at)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::BRAND_API_KEYS]} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  brand_id bigint(20) unsigned NOT NULL,
  name varchar(190) NOT NULL DEFAULT '',
  lookup char(8) NOT NULL,
  secret_hash char(64) NOT NULL,
  created_by bigint(20) unsigned DEFAULT NULL,
  created_at datetime NOT NULL,
  last_used_at datetime DEFAULT NULL,
  revoked_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY lookup (lookup),
  KEY brand (brand_id)
) ENGINE=InnoDB {$collate};",
			"CREATE TABLE {$t[Tables::RATE_LIMITS]} (
  bucket char(40) NOT NULL,
  window_start int(10) unsigned NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (bucket),
  KEY window_start (window_start)
) ENGINE=InnoDB {$collate};",
		);
	}
}
