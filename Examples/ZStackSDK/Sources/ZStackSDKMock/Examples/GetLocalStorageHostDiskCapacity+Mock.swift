public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetLocalStorageHostDiskCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getLocalStorageHostDiskCapacityExample = #"""
        {
          "success": true,
          "inventories": [
            {}
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getLocalStorageHostDiskCapacity(
        _ request: GetLocalStorageHostDiskCapacity.Request
    ) async throws -> GetLocalStorageHostDiskCapacity.Response {
        try Self.example(GetLocalStorageHostDiskCapacity.Response.self, json: Self.getLocalStorageHostDiskCapacityExample)
    }
}
