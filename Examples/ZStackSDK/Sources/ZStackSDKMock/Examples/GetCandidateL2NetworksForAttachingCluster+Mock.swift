public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateL2NetworksForAttachingCluster``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateL2NetworksForAttachingClusterExample = #"""
        {
          "inventories": [
            {}
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateL2NetworksForAttachingCluster(
        _ request: GetCandidateL2NetworksForAttachingCluster.Request
    ) async throws -> GetCandidateL2NetworksForAttachingCluster.Response {
        try Self.example(GetCandidateL2NetworksForAttachingCluster.Response.self, json: Self.getCandidateL2NetworksForAttachingClusterExample)
    }
}
