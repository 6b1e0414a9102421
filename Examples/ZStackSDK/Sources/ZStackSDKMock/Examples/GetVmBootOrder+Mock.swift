public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetVmBootOrder``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getVmBootOrderExample = #"""
        {
          "success": true,
          "orders": [
            "orders"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getVmBootOrder(
        _ request: GetVmBootOrder.Request
    ) async throws -> GetVmBootOrder.Response {
        try Self.example(GetVmBootOrder.Response.self, json: Self.getVmBootOrderExample)
    }
}
