<?php
/**
 * A small dependency container.
 *
 * @package EntitlementLedger
 */

namespace EntitlementLedger\Internal;

use Closure;
use LogicException;

/**
 * Lazily builds shared services. A class without a factory is autowired from its
 * constructor's class-typed parameters; interfaces and special cases get a factory.
 * Tests replace a service with set().
 */
final class Container {

	/**
	 * Factories by service id.
	 *
	 * @var array<string, Closure(Container): object>
	 */
	private array $factories = array();

	/**
	 * Built services by id.
	 *
	 * @var array<string, object>
	 */
	private array $instances = array();

	/**
	 * Registers a factory for a shared service.
	 *
	 * @param string                     $id      Service id, usually a class name.
	 * @param Closure(Container): object $factory Builds the service.
	 */
	public function share( string $id, Closure $factory ): void {
		$this->factories[ $id ] = $factory;
		unset( $this->instances[ $id ] );
	}

	/**
	 * Replaces a service with a ready instance (used by tests).
	 *
	 * @param string $id       Service id.
	 * @param object $instance The instance.
	 */
	public function set( string $id, object $instance ): void {
		$this->instances[ $id ] = $instance;
	}

	/**
	 * Returns the shared service.
	 *
	 * @template T of object
	 * @param class-string<T> $id Service id.
	 * @return T
	 */
	public function get( string $id ): object {
		if ( ! isset( $this->instances[ $id ] ) ) {
			$this->instances[ $id ] = isset( $this->factories[ $id ] ) ? ( $this->factories[ $id ] )( $this ) : $this->autowire( $id );
		}
		return $this->instances[ $id ]; // @phpstan-ignore return.type (the factory or autowiring built an instance of the id)
	}

	/**
	 * Builds a concrete class, resolving each constructor parameter by its class type.
	 *
	 * @param string $id Class name.
	 * @throws LogicException When a parameter cannot be resolved.
	 */
	private function autowire( string $id ): object {
		if ( ! class_exists( $id ) ) {
			throw new LogicException( esc_html( "No service registered for {$id}." ) );
		}
		$constructor = ( new \ReflectionClass( $id ) )->getConstructor();
		$arguments   = array();
		foreach ( null === $constructor ? array() : $constructor->getParameters() as $parameter ) {
			$type = $parameter->getType();
			if ( $type instanceof \ReflectionNamedType && ! $type->isBuiltin() ) {
				$arguments[] = $this->get( $type->getName() ); // @phpstan-ignore argument.type, argument.templateType (a class type from the constructor signature)
			} elseif ( $parameter->isDefaultValueAvailable() ) {
				$arguments[] = $parameter->getDefaultValue();
			} else {
				throw new LogicException( esc_html( "Cannot autowire \${$parameter->getName()} of {$id}." ) );
			}
		}
		return new $id( ...$arguments );
	}
}
