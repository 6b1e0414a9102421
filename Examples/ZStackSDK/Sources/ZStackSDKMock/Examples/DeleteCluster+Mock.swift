public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteClusterExample = #"""
        {
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func deleteCluster(
        _ request: DeleteCluster.Request
    ) async throws -> DeleteCluster.Response {
        try Self.example(DeleteCluster.Response.self, json: Self.deleteClusterExample)
    }
}
