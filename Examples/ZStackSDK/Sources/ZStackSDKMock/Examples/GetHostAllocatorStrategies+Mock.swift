public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHostAllocatorStrategies``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostAllocatorStrategiesExample = #"""
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
    public func getHostAllocatorStrategies(
        _ request: GetHostAllocatorStrategies.Request
    ) async throws -> GetHostAllocatorStrategies.Response {
        try Self.example(GetHostAllocatorStrategies.Response.self, json: Self.getHostAllocatorStrategiesExample)
    }
}
