public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPrimaryStorageCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPrimaryStorageCapacityExample = #"""
        {
          "totalCapacity": 1,
          "availableCapacity": 1,
          "totalPhysicalCapacity": 1,
          "availablePhysicalCapacity": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPrimaryStorageCapacity(
        _ request: GetPrimaryStorageCapacity.Request
    ) async throws -> GetPrimaryStorageCapacity.Response {
        try Self.example(GetPrimaryStorageCapacity.Response.self, json: Self.getPrimaryStorageCapacityExample)
    }
}
