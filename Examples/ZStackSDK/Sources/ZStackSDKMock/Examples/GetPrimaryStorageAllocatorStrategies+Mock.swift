public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPrimaryStorageAllocatorStrategies``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPrimaryStorageAllocatorStrategiesExample = #"""
        {
          "success": true,
          "strategies": [
            "strategies"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPrimaryStorageAllocatorStrategies(
        _ request: GetPrimaryStorageAllocatorStrategies.Request
    ) async throws -> GetPrimaryStorageAllocatorStrategies.Response {
        try Self.example(GetPrimaryStorageAllocatorStrategies.Response.self, json: Self.getPrimaryStorageAllocatorStrategiesExample)
    }
}
