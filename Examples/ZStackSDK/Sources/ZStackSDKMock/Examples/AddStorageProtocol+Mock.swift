public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddStorageProtocol``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addStorageProtocolExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func addStorageProtocol(
        _ request: AddStorageProtocol.Request
    ) async throws -> AddStorageProtocol.Response {
        try Self.example(AddStorageProtocol.Response.self, json: Self.addStorageProtocolExample)
    }
}
