public import MatrixAPI

/// The server side of the apigen type x position matrix: one method per endpoint.
///
/// A type that conforms answers the calls of every endpoint; ``registerHandlers(on:serverURL:configuration:middlewares:)``
/// serves it on any `ServerTransport` of the Swift OpenAPI ecosystem (Hummingbird, Vapor, …). Each method gets the
/// same typed request that the client's method of the endpoint sends, and returns the same typed reply.
///
/// ```swift
/// struct Handler: MatrixAPIHandler {
///     func deleteResourceConfig(
///         _ request: DeleteResourceConfig.Request
///     ) async throws -> DeleteResourceConfig.Response {
///         DeleteResourceConfig.Response()
///     }
///     // ... and one method for each other endpoint.
/// }
///
/// let router = Router()
/// try Handler().registerHandlers(on: router)
/// ```
///
/// A method answers with a failure reply by throwing ``MatrixServerError``; any other error is answered with
/// `500 Internal Server Error`. Methods of asynchronous endpoints run as jobs after the call has been accepted.
public nonisolated protocol MatrixAPIHandler: Sendable {
    /// DeleteResourceConfig
    ///
    /// `DELETE /matrix/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func deleteResourceConfig(
        _ request: DeleteResourceConfig.Request
    ) async throws -> DeleteResourceConfig.Response

    /// DeleteVolume
    ///
    /// `DELETE /matrix/v1/volumes/{volumeUuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func deleteVolume(
        _ request: DeleteVolume.Request
    ) async throws -> DeleteVolume.Response

    /// Echo Boolean
    ///
    /// Sends a Boolean in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/boolean/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoBoolean(
        _ request: EchoBoolean.Request
    ) async throws -> EchoBoolean.Response

    /// Echo Color
    ///
    /// Sends a Color in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/color/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoColor(
        _ request: EchoColor.Request
    ) async throws -> EchoColor.Response

    /// Echo Double
    ///
    /// Sends a Double in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/double/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoDouble(
        _ request: EchoDouble.Request
    ) async throws -> EchoDouble.Response

    /// Echo Float
    ///
    /// Sends a Float in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/float/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoFloat(
        _ request: EchoFloat.Request
    ) async throws -> EchoFloat.Response

    /// Echo Inline
    ///
    /// Sends a InlineThing in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/inline`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoInline(
        _ request: EchoInline.Request
    ) async throws -> EchoInline.Response

    /// Echo Integer
    ///
    /// Sends a Integer in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/integer/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoInteger(
        _ request: EchoInteger.Request
    ) async throws -> EchoInteger.Response

    /// Echo Item
    ///
    /// Sends a Item in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoItem(
        _ request: EchoItem.Request
    ) async throws -> EchoItem.Response

    /// Echo JSON
    ///
    /// Sends a JSON in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/j-s-o-n`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoJSON(
        _ request: EchoJSON.Request
    ) async throws -> EchoJSON.Response

    /// Echo Boolean Later
    ///
    /// Sends a Boolean to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/boolean`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterBoolean(
        _ request: EchoLaterBoolean.Request
    ) async throws -> EchoLaterBoolean.Response

    /// Echo Color Later
    ///
    /// Sends a Color to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/color`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterColor(
        _ request: EchoLaterColor.Request
    ) async throws -> EchoLaterColor.Response

    /// Echo Double Later
    ///
    /// Sends a Double to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/double`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterDouble(
        _ request: EchoLaterDouble.Request
    ) async throws -> EchoLaterDouble.Response

    /// Echo Float Later
    ///
    /// Sends a Float to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/float`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterFloat(
        _ request: EchoLaterFloat.Request
    ) async throws -> EchoLaterFloat.Response

    /// Echo Inline Later
    ///
    /// Sends a InlineThing to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/inline`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterInline(
        _ request: EchoLaterInline.Request
    ) async throws -> EchoLaterInline.Response

    /// Echo Integer Later
    ///
    /// Sends a Integer to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/integer`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterInteger(
        _ request: EchoLaterInteger.Request
    ) async throws -> EchoLaterInteger.Response

    /// Echo Item Later
    ///
    /// Sends a Item to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/item`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterItem(
        _ request: EchoLaterItem.Request
    ) async throws -> EchoLaterItem.Response

    /// Echo JSON Later
    ///
    /// Sends a JSON to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/j-s-o-n`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterJSON(
        _ request: EchoLaterJSON.Request
    ) async throws -> EchoLaterJSON.Response

    /// Echo LinkedHashMap Later
    ///
    /// Sends a LinkedHashMap to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/linked-hash-map`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterLinkedHashMap(
        _ request: EchoLaterLinkedHashMap.Request
    ) async throws -> EchoLaterLinkedHashMap.Response

    /// Echo ListOfColor Later
    ///
    /// Sends a List<Color> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-color`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfColor(
        _ request: EchoLaterListOfColor.Request
    ) async throws -> EchoLaterListOfColor.Response

    /// Echo ListOfItem Later
    ///
    /// Sends a List<Item> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-item`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfItem(
        _ request: EchoLaterListOfItem.Request
    ) async throws -> EchoLaterListOfItem.Response

    /// Echo ListOfListOfInteger Later
    ///
    /// Sends a List<List<Integer>> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-list-of-integer`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfListOfInteger(
        _ request: EchoLaterListOfListOfInteger.Request
    ) async throws -> EchoLaterListOfListOfInteger.Response

    /// Echo ListOfLong Later
    ///
    /// Sends a List<Long> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-long`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfLong(
        _ request: EchoLaterListOfLong.Request
    ) async throws -> EchoLaterListOfLong.Response

    /// Echo ListOfString Later
    ///
    /// Sends a List<String> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-string`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfString(
        _ request: EchoLaterListOfString.Request
    ) async throws -> EchoLaterListOfString.Response

    /// Echo ListOfTimestamp Later
    ///
    /// Sends a List<Timestamp> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/list-of-timestamp`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterListOfTimestamp(
        _ request: EchoLaterListOfTimestamp.Request
    ) async throws -> EchoLaterListOfTimestamp.Response

    /// Echo Long Later
    ///
    /// Sends a Long to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/long`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterLong(
        _ request: EchoLaterLong.Request
    ) async throws -> EchoLaterLong.Response

    /// Echo Map Later
    ///
    /// Sends a Map to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/map`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterMap(
        _ request: EchoLaterMap.Request
    ) async throws -> EchoLaterMap.Response

    /// Echo MapOfColor Later
    ///
    /// Sends a Map<String, Color> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/map-of-color`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterMapOfColor(
        _ request: EchoLaterMapOfColor.Request
    ) async throws -> EchoLaterMapOfColor.Response

    /// Echo MapOfItem Later
    ///
    /// Sends a Map<String, Item> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/map-of-item`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterMapOfItem(
        _ request: EchoLaterMapOfItem.Request
    ) async throws -> EchoLaterMapOfItem.Response

    /// Echo MapOfListOfString Later
    ///
    /// Sends a Map<String, List<String>> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/map-of-list-of-string`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterMapOfListOfString(
        _ request: EchoLaterMapOfListOfString.Request
    ) async throws -> EchoLaterMapOfListOfString.Response

    /// Echo MapOfLong Later
    ///
    /// Sends a Map<String, Long> to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/map-of-long`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterMapOfLong(
        _ request: EchoLaterMapOfLong.Request
    ) async throws -> EchoLaterMapOfLong.Response

    /// Echo Node Later
    ///
    /// Sends a Node to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/node`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterNode(
        _ request: EchoLaterNode.Request
    ) async throws -> EchoLaterNode.Response

    /// Echo String Later
    ///
    /// Sends a String to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/string`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterString(
        _ request: EchoLaterString.Request
    ) async throws -> EchoLaterString.Response

    /// Echo Timestamp Later
    ///
    /// Sends a Timestamp to an asynchronous endpoint, whose job answers with it.
    ///
    /// `POST /matrix/v1/jobs/timestamp`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The value, as the job read it.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLaterTimestamp(
        _ request: EchoLaterTimestamp.Request
    ) async throws -> EchoLaterTimestamp.Response

    /// Echo LinkedHashMap
    ///
    /// Sends a LinkedHashMap in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/linked-hash-map`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLinkedHashMap(
        _ request: EchoLinkedHashMap.Request
    ) async throws -> EchoLinkedHashMap.Response

    /// Echo ListOfColor
    ///
    /// Sends a List<Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-color`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfColor(
        _ request: EchoListOfColor.Request
    ) async throws -> EchoListOfColor.Response

    /// Echo ListOfItem
    ///
    /// Sends a List<Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfItem(
        _ request: EchoListOfItem.Request
    ) async throws -> EchoListOfItem.Response

    /// Echo ListOfListOfInteger
    ///
    /// Sends a List<List<Integer>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-list-of-integer`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfListOfInteger(
        _ request: EchoListOfListOfInteger.Request
    ) async throws -> EchoListOfListOfInteger.Response

    /// Echo ListOfLong
    ///
    /// Sends a List<Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-long`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfLong(
        _ request: EchoListOfLong.Request
    ) async throws -> EchoListOfLong.Response

    /// Echo ListOfString
    ///
    /// Sends a List<String> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-string`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfString(
        _ request: EchoListOfString.Request
    ) async throws -> EchoListOfString.Response

    /// Echo ListOfTimestamp
    ///
    /// Sends a List<Timestamp> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/list-of-timestamp`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoListOfTimestamp(
        _ request: EchoListOfTimestamp.Request
    ) async throws -> EchoListOfTimestamp.Response

    /// Echo Long
    ///
    /// Sends a Long in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/long/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoLong(
        _ request: EchoLong.Request
    ) async throws -> EchoLong.Response

    /// Echo Map
    ///
    /// Sends a Map in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoMap(
        _ request: EchoMap.Request
    ) async throws -> EchoMap.Response

    /// Echo MapOfColor
    ///
    /// Sends a Map<String, Color> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-color`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoMapOfColor(
        _ request: EchoMapOfColor.Request
    ) async throws -> EchoMapOfColor.Response

    /// Echo MapOfItem
    ///
    /// Sends a Map<String, Item> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-item`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoMapOfItem(
        _ request: EchoMapOfItem.Request
    ) async throws -> EchoMapOfItem.Response

    /// Echo MapOfListOfString
    ///
    /// Sends a Map<String, List<String>> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-list-of-string`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoMapOfListOfString(
        _ request: EchoMapOfListOfString.Request
    ) async throws -> EchoMapOfListOfString.Response

    /// Echo MapOfLong
    ///
    /// Sends a Map<String, Long> in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/map-of-long`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoMapOfLong(
        _ request: EchoMapOfLong.Request
    ) async throws -> EchoMapOfLong.Response

    /// Echo Node
    ///
    /// Sends a Node in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/node`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoNode(
        _ request: EchoNode.Request
    ) async throws -> EchoNode.Response

    /// Echo String
    ///
    /// Sends a String in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/string/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoString(
        _ request: EchoString.Request
    ) async throws -> EchoString.Response

    /// Echo Timestamp
    ///
    /// Sends a Timestamp in every position it may take; the echo server answers with its inputs.
    ///
    /// `PUT /matrix/v1/echo/timestamp/{pathValue}`, synchronous, authorization required.
    ///
    /// - Since: 1.0
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The inputs, as the server read them.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func echoTimestamp(
        _ request: EchoTimestamp.Request
    ) async throws -> EchoTimestamp.Response

    /// GetResourceConfig
    ///
    /// `GET /matrix/v1/resource-configurations/{category}/{name}/{resourceUuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func getResourceConfig(
        _ request: GetResourceConfig.Request
    ) async throws -> GetResourceConfig.Response

    /// GetVolume
    ///
    /// `GET /matrix/v1/volumes/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func getVolume(
        _ request: GetVolume.Request
    ) async throws -> GetVolume.Response

    /// GetVolumeSnapshot
    ///
    /// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func getVolumeSnapshot(
        _ request: GetVolumeSnapshot.Request
    ) async throws -> GetVolumeSnapshot.Response

    /// ResizeVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func resizeVolume(
        _ request: ResizeVolume.Request
    ) async throws -> ResizeVolume.Response

    /// StartVolume
    ///
    /// `PUT /matrix/v1/volumes/{uuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func startVolume(
        _ request: StartVolume.Request
    ) async throws -> StartVolume.Response

    /// StopVolume
    ///
    /// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Which endpoint answered, with its own parameter names.
    /// - Throws: ``MatrixServerError`` to answer with a failure reply.
    func stopVolume(
        _ request: StopVolume.Request
    ) async throws -> StopVolume.Response
}
